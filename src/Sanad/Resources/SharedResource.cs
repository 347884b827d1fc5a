namespace Sanad.Resources;

/// <summary>
/// Marker for the one shared set of translations (SharedResource.resx, .fr.resx, .ar.resx).
/// Keys are English sentences; a test fails when a key is missing from any language.
/// </summary>
public sealed class SharedResource;
