namespace GovServices.Testing;

/// <summary>Paths of the repository the tests run in: the files they check are the committed ones.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public static string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GovServices.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException("GovServices.sln not found above the test directory.");
    }
}
