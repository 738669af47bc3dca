package io.footfall.runtime.connect.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footfall.runtime.connect.Arrival;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/** Answers one connection's requests to the HTTP origin (see {@link HttpOrigin} for the statuses). */
final class SightingsRequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpOrigin origin;
    private final String peer;

    SightingsRequestHandler(HttpOrigin origin, String peer) {
        this.origin = origin;
        this.peer = peer;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (!request.decoderResult().isSuccess()) {
            respond(ctx, request, HttpResponseStatus.BAD_REQUEST, Map.of("error", "malformed HTTP request"));
            return;
        }
        if (!new QueryStringDecoder(request.uri()).path().equals(origin.path())) {
            respond(ctx, request, HttpResponseStatus.NOT_FOUND, Map.of("error", "no such path; POST to " + origin.path()));
            return;
        }
        if (!HttpMethod.POST.equals(request.method())) {
            FullHttpResponse r = response(HttpResponseStatus.METHOD_NOT_ALLOWED,
                    Map.of("error", "use POST " + origin.path()));
            r.headers().set(HttpHeaderNames.ALLOW, "POST");
            send(ctx, request, r);
            return;
        }
        if (origin.token() != null && !authorized(request)) {
            origin.count("unauthorized");
            FullHttpResponse r = response(HttpResponseStatus.UNAUTHORIZED, Map.of("error", "a valid bearer token is required"));
            r.headers().set(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
            send(ctx, request, r);
            return;
        }
        Arrival a = Arrival.parse(peer, ByteBufUtil.getBytes(request.content()));
        if (a.isMalformed()) {
            // The sender hears why, and the error stream keeps the evidence (if there is room for it).
            origin.accept(a);
            respond(ctx, request, HttpResponseStatus.BAD_REQUEST, Map.of("error", a.problem()));
            return;
        }
        if (!origin.accept(a)) {
            origin.count("rejectedBusy");
            FullHttpResponse r = response(HttpResponseStatus.SERVICE_UNAVAILABLE,
                    Map.of("error", "the pipeline is behind; retry shortly"));
            r.headers().set(HttpHeaderNames.RETRY_AFTER, "1");
            send(ctx, request, r);
            return;
        }
        respond(ctx, request, HttpResponseStatus.ACCEPTED, Map.of("accepted", a.sightings().size()));
    }

    private boolean authorized(FullHttpRequest request) {
        String header = request.headers().get(HttpHeaderNames.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, origin.token()); // no timing hint about the token
    }

    private void respond(ChannelHandlerContext ctx, FullHttpRequest request, HttpResponseStatus status, Map<String, ?> body) {
        send(ctx, request, response(status, body));
    }

    private static FullHttpResponse response(HttpResponseStatus status, Map<String, ?> body) {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(bytes));
        r.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
        r.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
        return r;
    }

    private static void send(ChannelHandlerContext ctx, FullHttpRequest request, FullHttpResponse response) {
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        HttpUtil.setKeepAlive(response, keepAlive);
        var written = ctx.writeAndFlush(response);
        if (!keepAlive) {
            written.addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        origin.count("connectionErrors");
        ctx.close();
    }
}
