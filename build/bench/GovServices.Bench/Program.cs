using System.Globalization;
using GovServices.Bench;
using Microsoft.Extensions.Configuration;

// The harness's tool; build/bench/run.sh is its caller. Options are given as --Name value.
// Figures and file formats are the same whatever the machine's locale.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Length == 0)
    return BenchCommands.Usage();

var options = new ConfigurationBuilder().AddCommandLine(args[1..]).Build();
try
{
    return await BenchCommands.RunAsync(args[0], options);
}
catch (BenchUsageException exception)
{
    await Console.Error.WriteLineAsync(exception.Message);
    return 2;
}
