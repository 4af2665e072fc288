namespace OutlookClientCare.GraphSandbox.Data;

/// <summary>A Graph error before it is written: HTTP status, Graph's error code and message.</summary>
public sealed record GraphProblem(int Status, string Code, string Message)
{
    public static GraphProblem BadRequest(string message) => new(400, "BadRequest", message);

    public static GraphProblem InvalidRequest(string message) => new(400, "ErrorInvalidRequest", message);

    public static GraphProblem ItemNotFound() => new(404, "ErrorItemNotFound", "The specified object was not found in the store.");

    public void ThrowAsSeedError(string userPrincipalName) =>
        throw new FormatException($"Seed for '{userPrincipalName}': {Message}");
}
