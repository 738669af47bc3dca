package io.footfall.runtime.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.handler.timeout.ReadTimeoutException;
import java.util.concurrent.TimeUnit;

/**
 * Drops a connection whose client has sent nothing for the timeout: half a request, or an idle keep-alive
 * connection. Unlike Netty's ReadTimeoutHandler it does not count the time the server itself takes to answer
 * a complete request (stopping a pipeline may take longer than the timeout), so slow work is never cut off.
 * Sits after the HTTP codec, where a complete request ends with {@link LastHttpContent}.
 */
final class SlowClientTimeout extends IdleStateHandler {
    private boolean answering; // only touched on the channel's event loop

    SlowClientTimeout(int seconds) {
        super(seconds, 0, 0, TimeUnit.SECONDS);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof LastHttpContent) {
            answering = true;
        }
        super.channelRead(ctx, msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (msg instanceof LastHttpContent) {
            answering = false;
        }
        super.write(ctx, msg, promise);
    }

    @Override
    protected void channelIdle(ChannelHandlerContext ctx, IdleStateEvent evt) {
        if (!answering) {
            ctx.fireExceptionCaught(ReadTimeoutException.INSTANCE);
            ctx.close();
        }
    }
}
