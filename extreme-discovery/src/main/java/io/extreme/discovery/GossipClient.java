package io.extreme.discovery;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.extreme.Endpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Asks one node for gossip over HTTP: {@code GET http://host:port/gossip?format=json}, with the
 * gossip timeout over the whole call, no retries and no redirects (a cluster node that redirects
 * is not one to trust with the choice of where to connect).
 *
 * <p>Threads: {@link #ask} never blocks; calls run on the executor the caller owns and passes in,
 * and the caller shuts it down after {@link #close()}.
 */
final class GossipClient implements AutoCloseable {
    /** Far above a real cluster's gossip (about 1 KiB a member); a larger answer is not gossip. */
    static final int MAX_GOSSIP_BYTES = 4 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);

    private final OkHttpClient http;
    private final Duration timeout;

    /**
     * @param executor    where okhttp runs the calls (and looks up their host names)
     * @param maxRequests calls at once: no more than the executor's threads, so okhttp keeps the rest
     *                    in its own queue instead of handing the executor more than it can run
     */
    GossipClient(Duration timeout, Duration connectTimeout, ExecutorService executor, int maxRequests) {
        this.timeout = timeout;
        Dispatcher dispatcher = new Dispatcher(executor);
        dispatcher.setMaxRequests(maxRequests);
        this.http = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                // Gossip is asked seldom: keep no idle connection that would outlive the answer.
                .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
                .callTimeout(timeout)
                .connectTimeout(connectTimeout.compareTo(timeout) < 0 ? connectTimeout : timeout)
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
    }

    /** Parses a gossip answer; fails with an {@link IOException} that says what is wrong with it. */
    static Gossip parse(byte[] json) throws IOException {
        try {
            return JSON.readValue(json, Gossip.class);
        } catch (IOException e) {
            throw new IOException("not gossip JSON (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    /**
     * Asks {@code node}; the future fails with an {@link IOException} whose message is the reason.
     * Never throws: a host no URL can carry (a space, an IPv6 zone id) fails the future, since the
     * caller is a chain of callbacks where a thrown exception would be lost.
     */
    CompletableFuture<Gossip> ask(Endpoint node) {
        HttpUrl url;
        try {
            url = new HttpUrl.Builder().scheme("http").host(node.host()).port(node.port())
                    .addPathSegment("gossip").addQueryParameter("format", "json").build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(
                    new IOException("not a valid host: '" + node.host() + "' (" + e.getMessage() + ")", e));
        }
        try {
            return send(new Request.Builder().url(url).header("Accept", "application/json").get().build());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new IOException("cannot ask (" + e + ")", e));
        }
    }

    private CompletableFuture<Gossip> send(Request request) {
        CompletableFuture<Gossip> answer = new CompletableFuture<>();
        http.newCall(request).enqueue(new Callback() {
            @Override
            public void onFailure(Call call, IOException e) {
                answer.completeExceptionally(new IOException(reason(e), e));
            }

            @Override
            public void onResponse(Call call, Response response) {
                try (response) {
                    answer.complete(read(response));
                } catch (IOException e) {
                    answer.completeExceptionally(e);
                } catch (RuntimeException e) {
                    answer.completeExceptionally(new IOException("unreadable answer (" + e + ")", e));
                }
            }
        });
        return answer;
    }

    private Gossip read(Response response) throws IOException {
        if (!response.isSuccessful()) {
            throw new IOException("HTTP " + response.code() + (response.message().isEmpty() ? "" : " " + response.message()));
        }
        ResponseBody body = response.body();
        if (body == null) {
            throw new IOException("an empty answer");
        }
        byte[] bytes;
        try (InputStream in = body.byteStream()) {
            bytes = in.readNBytes(MAX_GOSSIP_BYTES + 1);
        } catch (IOException e) {
            throw new IOException(reason(e), e);
        }
        if (bytes.length > MAX_GOSSIP_BYTES) {
            throw new IOException("an answer over " + MAX_GOSSIP_BYTES + " bytes, not gossip");
        }
        return parse(bytes);
    }

    private String reason(IOException e) {
        if (e instanceof ConnectException) {
            return "cannot connect (" + e.getMessage() + ")";
        }
        if (e instanceof InterruptedIOException) {
            // okhttp reports its call timeout and a cancelled call this way.
            return "no answer within " + timeout.toMillis() + " ms";
        }
        return e.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Cancels calls in flight and drops pooled connections; the caller then shuts the executor down. */
    @Override
    public void close() {
        http.dispatcher().cancelAll();
        http.connectionPool().evictAll();
    }
}
