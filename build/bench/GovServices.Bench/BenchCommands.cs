using Microsoft.Extensions.Configuration;

namespace GovServices.Bench;

/// <summary>The tool's commands, each one step of build/bench/run.sh.</summary>
internal static class BenchCommands
{
    public static int Usage()
    {
        Console.Error.WriteLine("""
            usage: GovServices.Bench <command> --Option value …
              certificates  --Out DIR                          signing and encryption PKCS#12 files for the host
              seed          --Provider Sqlite|PostgreSql (--DataDirectory DIR | --ConnectionString CS)
                            --Residents N --Complaints N --Invoices N --Out DIR
              residents-csv --Count N --Out FILE               the import file of scenario 8
              sign-payments --Invoices FILE --From N --Count N --Token T --RunId ID --Out FILE
              webhook-delivery --Host URL --Token T --RunId ID [--Rate 50] [--Seconds 10] [--Settle 30]
                            scenario 9: a receiver on 127.0.0.1, a subscription, complaints filed at a steady rate
              report        --Results FILE --Document FILE --Commit SHA --Settings TEXT
            """);
        return 2;
    }

    public static async Task<int> RunAsync(string command, IConfiguration options)
    {
        switch (command)
        {
            case "certificates":
                BenchCertificates.Write(options.Required("Out"));
                return 0;
            case "seed":
                await BenchSeed.RunAsync(options);
                return 0;
            case "residents-csv":
                await BenchResidents.WriteCsvAsync(options.Count("Count", 1_000_000), options.Required("Out"));
                return 0;
            case "sign-payments":
                await SignedPaymentNotifications.WriteAsync(options);
                return 0;
            case "webhook-delivery":
                await BenchWebhookDelivery.RunAsync(options);
                return 0;
            case "report":
                await BenchReport.WriteAsync(options);
                return 0;
            default:
                return Usage();
        }
    }
}
