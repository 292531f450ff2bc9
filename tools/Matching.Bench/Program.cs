using Matching.Bench;

// The benchmark tool that bench.sh drives: `generate` loads the national (or quick) dataset, `compare` times the
// match in process against the PostgreSQL full-text baseline on the same students and checks they agree; `round` runs
// placement rounds on the generated dataset in memory, without PostgreSQL; `diagnosis` times match diagnoses the same way.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

try
{
    var arguments = BenchArguments.Parse(args.Skip(1));
    return args.FirstOrDefault() switch
    {
        "generate" => await GenerateCommand.RunAsync(arguments, cancellation.Token),
        "compare" => await CompareCommand.RunAsync(arguments, cancellation.Token),
        "round" => await RoundCommand.RunAsync(arguments, cancellation.Token),
        "diagnosis" => await DiagnosisCommand.RunAsync(arguments, cancellation.Token),
        _ => Usage(),
    };
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    return Usage();
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Matching.Bench generate --scale national|quick --connection <npgsql> [--today yyyy-mm-dd] [--results file]
               Matching.Bench compare --connection <npgsql> [--students 10000] [--baseline-students 1000] [--seed 5]
                                      [--ids-out file] [--results file]
               Matching.Bench round [--scale national|quick|demo] [--rounds rijnmond,all] [--today 2026-11-23]
                                    [--start-from 2027-01-01] [--start-until 2027-06-30] [--results file]
               Matching.Bench diagnosis [--scale national|quick|demo] [--students 10000] [--seed 5] [--today 2026-11-23]
                                        [--results file]
        """);
    return 2;
}
