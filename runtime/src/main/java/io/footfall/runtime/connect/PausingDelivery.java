package io.footfall.runtime.connect;

import io.footfall.runtime.api.StageMetrics;
import io.netty.channel.ChannelHandlerContext;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Back pressure for one stream connection (TCP, WebSocket): arrivals go to the inbox in order; when it
 * is full, reading from this connection pauses (Netty's auto-read off, so TCP's window closes and the
 * sender blocks) until the pipeline made room. At most what one read already decoded waits here.
 * Used only on the connection's event loop thread.
 */
public final class PausingDelivery {
    private static final long RETRY_MILLIS = 1;

    private final BoundedInbox<Arrival> inbox;
    private final StageMetrics metrics;
    private final BooleanSupplier running;
    private final ArrayDeque<Arrival> waiting = new ArrayDeque<>();

    PausingDelivery(BoundedInbox<Arrival> inbox, StageMetrics metrics, BooleanSupplier running) {
        this.inbox = inbox;
        this.metrics = metrics;
        this.running = running;
    }

    public void deliver(ChannelHandlerContext ctx, Arrival a) {
        if (waiting.isEmpty() && inbox.offer(a)) {
            return;
        }
        waiting.add(a);
        if (waiting.size() == 1) {
            ctx.channel().config().setAutoRead(false);
            metrics.count("pauses", 1);
            retryLater(ctx);
        }
    }

    private void retryLater(ChannelHandlerContext ctx) {
        ctx.executor().schedule(() -> retry(ctx), RETRY_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void retry(ChannelHandlerContext ctx) {
        while (!waiting.isEmpty() && inbox.offer(waiting.peek())) {
            waiting.poll();
        }
        if (waiting.isEmpty()) {
            ctx.channel().config().setAutoRead(true);
        } else if (running.getAsBoolean()) {
            retryLater(ctx);
        }
    }
}
