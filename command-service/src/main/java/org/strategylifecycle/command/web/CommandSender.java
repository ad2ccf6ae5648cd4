package org.strategylifecycle.command.web;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.CommandRepeated;
import org.strategylifecycle.command.idempotency.KeyedRequest;
import tools.jackson.databind.json.JsonMapper;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sends commands through Axon and answers with the new version. A request with an Idempotency-Key
 * sends its {@link KeyedRequest} in the command's metadata; the aggregate records it with the
 * command's events or, having recorded it before, answers {@link CommandRepeated} (docs/adr/0015).
 * Nothing is held here while the command runs: no transaction, no connection.
 */
@Component
class CommandSender {

    private final CommandGateway commands;
    private final JsonMapper json;
    private final Locations locations;

    CommandSender(CommandGateway commands, JsonMapper json, Locations locations) {
        this.commands = commands;
        this.json = json;
        this.locations = locations;
    }

    ResponseEntity<CommandAccepted> send(CommandContext context, Object body, HttpStatus status,
                                         Function<CommandAccepted, String> location, Supplier<Object> command) {
        // The body as parsed, so a retry that differs only in whitespace is the same request.
        Object result = sendAndWait(context, json.writeValueAsBytes(body), command.get());
        CommandAccepted accepted = result instanceof CommandRepeated repeated
                ? new CommandAccepted(context.answerId(), repeated.version())
                : (CommandAccepted) result;
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).eTag("\"" + accepted.version() + "\"");
        if (location != null) {
            response.location(locations.readUrl(location.apply(accepted)));
        }
        return response.body(accepted);
    }

    /** Sends {@code command}, keyed by {@code body} when the request has an Idempotency-Key, and answers its result. */
    <R> R sendAndWait(CommandContext context, byte[] body, Object command) {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
        KeyedRequest request = context.keyedRequest(body);
        if (request != null) {
            message = message.andMetaData(request.asMetaData());
        }
        return commands.sendAndWait(message);
    }
}
