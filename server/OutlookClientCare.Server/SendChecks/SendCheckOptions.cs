namespace OutlookClientCare.Server.SendChecks;

/// <summary>Configuration section "SendCheck": the administrator's switch for the review at Send.</summary>
public sealed class SendCheckOptions
{
    public const string Section = "SendCheck";

    /// <summary>
    /// False switches the review off for everyone: the pane says so, Outlook's send handler does not
    /// read or post the draft, and the endpoint answers "send" without reading anything.
    /// </summary>
    public bool Enabled { get; set; } = true;
}
