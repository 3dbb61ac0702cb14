package io.textmend.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Runs the pieces of one stream (chunks of lines, batches of records) on a shared pool and hands
 * their results to a sink in the order they were submitted. At most a bounded amount of input is in
 * flight, so memory stays bounded whatever the stream's length. Used by one thread (the stream's
 * reader and writer); the pieces run on the pool. With no pool, pieces run at once on the caller.
 *
 * @param <R> a piece's result
 */
final class Ordered<R> {

    /** Consumes results in submission order. */
    interface Sink<R> {
        void accept(R result) throws IOException;
    }

    private record Pending<R>(Future<R> future, long weight) {
    }

    private final ExecutorService pool;
    private final Sink<R> sink;
    private final int maxPieces;
    private final long maxWeight;
    private final ArrayDeque<Pending<R>> pending = new ArrayDeque<>();
    private long weight;

    Ordered(ExecutorService pool, int threads, long maxWeight, Sink<R> sink) {
        this.pool = threads > 1 ? pool : null;
        this.sink = sink;
        this.maxPieces = Math.max(2, threads * 3);
        this.maxWeight = maxWeight;
    }

    /** Submits a piece of about {@code pieceWeight} input bytes; may first write earlier results. */
    void submit(long pieceWeight, Callable<R> piece) throws IOException {
        if (pool == null) {
            sink.accept(call(piece));
            return;
        }
        while (!pending.isEmpty() && (pending.size() >= maxPieces || weight + pieceWeight > maxWeight)) {
            writeOldest();
        }
        pending.add(new Pending<>(pool.submit(piece), pieceWeight));
        weight += pieceWeight;
    }

    /** Writes every result still pending. */
    void drain() throws IOException {
        while (!pending.isEmpty()) {
            writeOldest();
        }
    }

    /** Gives up pending pieces (after a failure of the stream). */
    void cancel() {
        for (Pending<R> p : pending) {
            p.future().cancel(true);
        }
        pending.clear();
        weight = 0;
    }

    private void writeOldest() throws IOException {
        Pending<R> p = pending.poll();
        weight -= p.weight();
        R r;
        try {
            r = p.future().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
        sink.accept(r);
    }

    private static <R> R call(Callable<R> piece) throws IOException {
        try {
            return piece.call();
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static IOException rethrow(Throwable t) {
        if (t instanceof IOException io) {
            return io;
        }
        if (t instanceof UncheckedIOException u) {
            return u.getCause();
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IOException(t);
    }
}
