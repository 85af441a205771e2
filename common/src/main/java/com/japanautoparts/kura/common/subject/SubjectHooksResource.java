package com.japanautoparts.kura.common.subject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.common.idempotency.IdempotencyKeys;
import com.japanautoparts.kura.common.input.CustomerId;
import com.japanautoparts.kura.common.legalhold.LegalHoldCheck;
import com.japanautoparts.kura.common.legalhold.SubjectHolds;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Roles;

import io.quarkus.arc.properties.UnlessBuildProperty;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The data-subject hooks of every service, for the gateway's DSR coordinator: the service's {@link SubjectData}
 * behind one legal-hold check. A held subject's erasure changes nothing and says why, in the hold's words; when the
 * holds cannot be read, 503 and nothing changes. The one module that makes these calls and never receives them, the
 * gateway, builds without them ({@code kura.subject-hooks.enabled=false}, a build-time property) and so declares no
 * {@link SubjectData}. A malformed customer id is a 400 before anything else: it never reaches the legal-hold check, so
 * it can never open that check's circuit breaker.
 */
@Path("/internal/subjects/{customerId}")
@UnlessBuildProperty(name = "kura.subject-hooks.enabled", stringValue = "false", enableIfMissing = true)
@RolesAllowed(Roles.DSR_COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal: data-subject requests", description = "For the gateway's DSR coordinator only")
public class SubjectHooksResource {

    private final SubjectData data;
    private final LegalHoldCheck legalHolds;
    private final IdempotencyKeys idempotencyKeys;
    private final String service;
    private final ObjectMapper json;
    private final DataSource dataSource;
    private final SubjectExportConfig exportConfig;

    public SubjectHooksResource(SubjectData data, LegalHoldCheck legalHolds, IdempotencyKeys idempotencyKeys, Config config,
            ObjectMapper json, DataSource dataSource, SubjectExportConfig exportConfig) {
        this.data = data;
        this.legalHolds = legalHolds;
        this.idempotencyKeys = idempotencyKeys;
        this.json = json;
        this.dataSource = dataSource;
        this.exportConfig = exportConfig;
        this.service = config.getValue("quarkus.application.name", String.class);
    }

    /**
     * 404 before anything is sent when nothing is held; otherwise 200 and the document as a stream (chunked once it
     * outgrows the response buffer): {@code service}, {@code customerId}, then the service's fields, written while they
     * are read in one read-only, repeatable-read transaction (every page of every array sees the same snapshot, and
     * nothing can be written in it). A failure while it streams cuts the response short: the gateway's streaming
     * parser refuses the part and retries the step.
     */
    @GET
    @Path("/export")
    @Operation(summary = "Everything this service holds about the subject; 404 when it holds nothing")
    public Response export(@PathParam("customerId") @CustomerId String customerId) {
        SubjectExport export = data.export(customerId)
                .orElseThrow(() -> ProblemException.notFound("No data about this subject is held here"));
        StreamingOutput document = out -> {
            try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
                generator.writeStartObject();
                generator.writeStringField("service", service);
                generator.writeStringField("customerId", customerId);
                inReadOnlyTransaction(() -> export.writeFields(new ExportDocument(generator, exportConfig.pageSize())));
                generator.writeEndObject();
            }
            // Never the subject: the request id and trace id of the line tie it to the data-subject request.
            Log.info("Export hook answered");
        };
        return Response.ok(document, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private interface Writing {
        void run() throws IOException;
    }

    private void inReadOnlyTransaction(Writing writing) throws IOException {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                readOnlySnapshot();
                try {
                    writing.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The transaction's first statement, on the connection the service's queries then share (Agroal gives one
     * transaction one connection): PostgreSQL reads one snapshot throughout, and refuses any write.
     */
    private void readOnlySnapshot() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set transaction isolation level repeatable read, read only");
        } catch (SQLException e) {
            throw new IllegalStateException("The export's read-only transaction could not start: SQL state " + e.getSQLState(), e);
        }
    }

    @POST
    @Path("/erase")
    @Operation(summary = "Erase what this service holds about the subject; idempotent",
            description = "outcome: erased, pseudonymised, suppression-kept, retained-legal-obligation or nothing-held, with "
                    + "what is kept by law and why (retained); blocked-legal-hold with the customer-facing reason when a legal "
                    + "hold stands (nothing changed). 503 while the legal holds cannot be read (nothing changed).")
    public ErasureAnswer erase(@PathParam("customerId") @CustomerId String customerId) {
        SubjectHolds holds = legalHolds.of(customerId);
        if (holds.held()) {
            Log.infof("Erasure blocked by %d legal hold(s)", holds.holds().size());
            return ErasureAnswer.blocked(service, holds.customerReason());
        }
        ErasureAnswer answer = ErasureAnswer.of(service, data.erase(customerId));
        Log.infof("Erasure hook answered: %s", answer.outcome());
        // The keys of the subject's writes go too: what a replay would answer is no longer theirs to keep.
        idempotencyKeys.forget(customerId);
        return answer;
    }
}
