package org.strategylifecycle.command.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sends commands through Axon and answers with the new version. A request with an Idempotency-Key
 * is sent inside one Spring transaction that Axon's unit of work joins: the key's row and the
 * command's events commit together or not at all, so a retry either replays the stored answer or,
 * after a refusal, runs the command afresh.
 */
@Component
class CommandSender {

    private final CommandGateway commands;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Locations locations;

    CommandSender(CommandGateway commands, TransactionTemplate transactions, JdbcTemplate jdbc, JsonMapper json,
                  Locations locations) {
        this.commands = commands;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.json = json;
        this.locations = locations;
    }

    ResponseEntity<CommandAccepted> send(CommandContext context, Object body, HttpStatus status,
                                         Function<CommandAccepted, String> location, Supplier<Object> command) {
        if (context.idempotencyKey() == null) {
            return answer(status.value(), commands.sendAndWait(command.get()), location);
        }
        String hash = hash(context, body);
        Answer answer = transactions.execute(tx -> sendOnce(context, hash, status, command));
        return answer(answer.status(), json.readValue(answer.body(), CommandAccepted.class), location);
    }

    private Answer sendOnce(CommandContext context, String hash, HttpStatus status, Supplier<Object> command) {
        // Waits for a concurrent request with the same key to finish; its row then decides.
        int inserted = jdbc.update("""
                insert into idempotency_key (principal, key, request_hash, status, body) values (?, ?, ?, 0, '')
                on conflict do nothing""", context.actor(), context.idempotencyKey(), hash);
        if (inserted == 0) {
            List<Answer> stored = jdbc.query("""
                            select request_hash, status, body from idempotency_key where principal = ? and key = ?""",
                    (rs, i) -> new Answer(rs.getString(1), rs.getInt(2), rs.getString(3)),
                    context.actor(), context.idempotencyKey());
            Answer first = stored.get(0);
            if (!first.requestHash().equals(hash)) {
                throw new StrategyException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                        "Idempotency-Key " + context.idempotencyKey() + " was used for a different request");
            }
            return first;
        }
        CommandAccepted accepted = commands.sendAndWait(command.get());
        String body = json.writeValueAsString(accepted);
        jdbc.update("update idempotency_key set status = ?, body = ? where principal = ? and key = ?",
                status.value(), body, context.actor(), context.idempotencyKey());
        return new Answer(hash, status.value(), body);
    }

    private ResponseEntity<CommandAccepted> answer(int status, CommandAccepted accepted,
                                                          Function<CommandAccepted, String> location) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).eTag("\"" + accepted.version() + "\"");
        if (location != null) {
            response.location(locations.readUrl(location.apply(accepted)));
        }
        return response.body(accepted);
    }

    /** The request as the client meant it: method, path and the parsed body, whatever its whitespace. */
    private String hash(CommandContext context, Object body) {
        String request = context.method() + " " + context.path() + "\n" + json.writeValueAsString(body);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record Answer(String requestHash, int status, String body) {
    }
}
