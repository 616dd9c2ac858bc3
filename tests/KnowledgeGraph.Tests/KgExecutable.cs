using System.Diagnostics;
using System.Text;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>The built kg (copied beside the tests by the project reference), to run as its own process as a user does.</summary>
public static class KgExecutable
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "kg.dll");

    /// <summary>`dotnet kg.dll ARGS` with standard output and error redirected as UTF-8.</summary>
    public static ProcessStartInfo StartInfo(params string[] args)
    {
        Assert.True(File.Exists(Dll), $"{Dll} not found: the test project must reference KnowledgeGraph.Api");
        var psi = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        return psi;
    }
}
