using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace OutlookClientCare.Server.Hardening;

/// <summary>
/// The body limit for this endpoint (its RequestSizeLimit metadata, else the default), enforced
/// here as well as by Kestrel, so in-memory hosts and chunked bodies get the same 413.
/// </summary>
public sealed class RequestBodyLimit(RequestDelegate next, IOptions<HardeningOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        var name = endpoint?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        var limit = endpoint?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
            ?? (name is not null && options.Value.EndpointBodyLimits.TryGetValue(name, out var named) ? named : options.Value.MaxRequestBodyBytes);
        if (context.Request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        var kestrel = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (kestrel is { IsReadOnly: false })
        {
            kestrel.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength is null && HttpMethods.IsGet(context.Request.Method) is false)
        {
            context.Request.Body = new LimitedStream(context.Request.Body, limit);
        }

        return next(context);
    }

    internal static BadHttpRequestException TooLarge(long limit) =>
        new($"The request body is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge);

    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int read)
        {
            _read += read;
            return _read > limit ? throw TooLarge(limit) : read;
        }
    }
}
