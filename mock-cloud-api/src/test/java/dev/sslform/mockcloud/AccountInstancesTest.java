package dev.sslform.mockcloud;

import dev.sslform.mockcloud.core.AccountInstances;
import dev.sslform.mockcloud.core.ApiException;
import dev.sslform.mockcloud.core.Caller;
import dev.sslform.mockcloud.core.InstanceOrder;
import dev.sslform.mockcloud.core.InstanceView;
import dev.sslform.mockcloud.core.ModifySslCommand;
import dev.sslform.mockcloud.core.NewInstance;
import dev.sslform.mockcloud.core.OperationPhase;
import dev.sslform.mockcloud.core.OperationType;
import dev.sslform.mockcloud.core.SslOperation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console's reads: scoped to one account, across its regions, with replicas under their master. */
class AccountInstancesTest {
    static final long A = 1300000001L;
    static final long B = 1300000002L;
    static MockCloud server;
    static AccountInstances reads;
    static String replica;

    @BeforeAll
    static void start() {
        server = MockCloud.start(MockCloudConfig.forTests("account-instances", Instant.parse("2026-12-01T09:05:00Z")));
        reads = new AccountInstances(server.store(), server.instances(), server.clock());
        replica = server.instances().create(new NewInstance("mssql-a1", "orders", "ap-guangzhou", null, null, null, null, 1, null, A, "api"))
                .get(1);
        server.instances().create(new NewInstance("mssql-a2", "billing", "ap-shanghai", null, null, null, null, 0, null, A, "api"));
        server.instances().create(new NewInstance("mssql-b1", "theirs", "ap-guangzhou", null, null, null, null, 0, null, B, "api"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void an_instance_is_found_in_any_region_of_its_account_and_never_for_another() {
        assertEquals("ap-shanghai", reads.find(A, "mssql-a2").orElseThrow().instance().region());
        assertTrue(reads.find(A, "mssql-b1").isEmpty());
        assertTrue(reads.find(B, "mssql-a1").isEmpty());
        assertEquals(List.of("ap-guangzhou", "ap-shanghai"), reads.regions(A));
        assertThrows(ApiException.class, () -> reads.history(B, "mssql-a1"));
    }

    @Test
    void a_page_puts_replicas_under_their_master_with_the_masters_operation() {
        Caller caller = new Caller(A, "ap-guangzhou");
        long flow = server.lifecycle().modify(caller, new ModifySslCommand("mssql-a1", OperationType.ENABLE, 1, false, "", ""));
        AccountInstances.ListPage page = reads.page(caller, "", InstanceOrder.CREATED, false, 0, 20);
        assertEquals(1, page.total());
        assertEquals(List.of("mssql-a1", replica), page.rows().stream().map(v -> v.instance().instanceId()).toList());
        assertEquals(InstanceView.STATUS_WAITING_TO_SWITCH, page.rows().get(1).status());
        assertEquals(flow, page.active().get("mssql-a1").flowId());
        // The replica's history is its master's.
        List<SslOperation> history = reads.history(A, replica);
        assertEquals(flow, history.get(0).flowId());
        assertEquals(OperationPhase.WAITING, history.get(0).phase());
        assertEquals(0, reads.page(caller, "theirs", InstanceOrder.NAME, false, 0, 20).total());
    }
}
