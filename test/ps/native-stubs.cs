// Managed stand-ins for the P/Invoke classes of the probe scripts (same namespace, type and
// method names and signatures). Compiled once per test run; answers come from files the test writes.
using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
namespace Windbg {
  static class PsTestFiles {
    public static string Read(string name) {
      string path = Path.Combine(Environment.GetEnvironmentVariable("PSTEST_NATIVE_DATA"), name);
      return File.Exists(path) ? File.ReadAllText(path) : null;
    }
    public static int Code(string name) {
      string text = Read(name);
      return text == null ? 0 : Convert.ToInt32(text.Trim(), 16);
    }
  }
  public static class HnsNative {
    public static void HNSCall(string method, string path, string request, out string response) {
      response = PsTestFiles.Read("hns" + path.Replace('/', '_') + "json");
      if (response == null) throw new DllNotFoundException("Unable to load DLL 'vmcompute.dll': The specified module could not be found.");
    }
    public static int HcnEnumerateLoadBalancers(string query, out string loadBalancers, out string errorRecord) {
      errorRecord = null;
      loadBalancers = null;
      if (PsTestFiles.Read("hcn-missing") != null) throw new DllNotFoundException("Unable to load DLL 'computenetwork.dll': The specified module could not be found.");
      if (query == null || query.Trim().Length == 0 || !query.Contains("SchemaVersion")) { errorRecord = "{\"Error\":\"The parameter is incorrect.\"}"; return unchecked((int)0x80070057); }
      loadBalancers = PsTestFiles.Read("hcn-loadbalancers.json");
      return 0;
    }
    public static int HcnOpenLoadBalancer(ref Guid id, out IntPtr loadBalancer, out string errorRecord) {
      errorRecord = null;
      loadBalancer = IntPtr.Zero;
      string text = PsTestFiles.Read("hcn-lb-" + id.ToString() + ".json");
      if (text == null) { errorRecord = "{\"Error\":\"Element not found.\"}"; return unchecked((int)0x80070490); }
      Opened.Add(id.ToString());
      loadBalancer = new IntPtr(Opened.Count);
      return 0;
    }
    public static List<string> Opened = new List<string>();
    public static int HcnQueryLoadBalancerProperties(IntPtr loadBalancer, string query, out string properties, out string errorRecord) {
      errorRecord = null;
      properties = PsTestFiles.Read("hcn-lb-" + Opened[loadBalancer.ToInt32() - 1] + ".json");
      return 0;
    }
    public static int HcnCloseLoadBalancer(IntPtr loadBalancer) { return 0; }
  }
  public static class HnsBundleNative {
    public static void HNSCall(string method, string path, string request, out string response) {
      HnsNative.HNSCall(method, path, request, out response);
    }
  }
  public static class PortReservationTest {
    public static int Run(int blocks, ushort size, out string error) {
      string text = PsTestFiles.Read("port-reservation.txt");
      error = null;
      if (text == null) throw new DllNotFoundException("Unable to load DLL 'ws2_32.dll'");
      string[] parts = text.Split(new[] { '|' }, 2);
      if (parts.Length > 1 && parts[1].Length > 0) error = parts[1];
      return int.Parse(parts[0]);
    }
  }
}
namespace PsTest {
  // A value ConvertTo-Json cannot write: enumerating it throws. Only fault-injection tests use it.
  public class Unserializable : System.Collections.IEnumerable {
    public System.Collections.IEnumerator GetEnumerator() { throw new InvalidOperationException("the value cannot be enumerated"); }
  }
}
