package io.footfall.runtime.server;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.timeout.ReadTimeoutException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** Hands each complete request to the {@link ServerApi} and writes its JSON answer; logs it without the token. */
final class ApiHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private final ServerApi api;
    private final AccessLog log;

    ApiHandler(ServerApi api, AccessLog log) {
        this.api = api;
        this.log = log;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        long start = System.nanoTime();
        ApiResponse response;
        DecoderResult decoded = request.decoderResult();
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        if (decoded.isFailure()) {
            response = new ApiResponse(400, ServerJson.message("the request is not valid HTTP: " + decoded.cause().getMessage()));
        } else {
            String rawPath = request.uri().split("\\?", 2)[0];
            String query = request.uri().contains("?") ? request.uri().substring(request.uri().indexOf('?') + 1) : "";
            // Decoded once, so "%2e%2e" cannot sneak past the id check as "..".
            response = api.handle(request.method().name(), uri.path().isEmpty() ? rawPath : uri.path(), query,
                    request.content().toString(StandardCharsets.UTF_8),
                    request.headers().get(HttpHeaderNames.AUTHORIZATION));
        }
        byte[] body = (ServerApi.toJson(response.body()) + "\n").getBytes(StandardCharsets.UTF_8);
        FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(response.status()),
                Unpooled.wrappedBuffer(body));
        r.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
        HttpUtil.setContentLength(r, body.length);
        boolean keepAlive = HttpUtil.isKeepAlive(request) && !decoded.isFailure();
        if (keepAlive) {
            r.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
        var future = ctx.writeAndFlush(r);
        if (!keepAlive) {
            future.addListener(ChannelFutureListener.CLOSE);
        }
        log.log(remote(ctx), request.method().name(), uri.path(), response.status(), body.length,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static String remote(ChannelHandlerContext ctx) {
        return ctx.channel().remoteAddress() instanceof InetSocketAddress a ? a.getAddress().getHostAddress() : "?";
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // A slow client that stopped sending, or a reset connection: drop it, the server goes on.
        if (!(cause instanceof ReadTimeoutException)) {
            log.note("connection from " + remote(ctx) + " failed: " + cause.getClass().getSimpleName());
        }
        ctx.close();
    }
}
