using System.Net;
using System.Net.Sockets;

namespace Sanad.Bench.Foundation;

/// <summary>A free TCP port on 127.0.0.1: every server of the bench listens on loopback only.</summary>
internal static class LoopbackPort
{
    public static Uri NextFreeAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }
}
