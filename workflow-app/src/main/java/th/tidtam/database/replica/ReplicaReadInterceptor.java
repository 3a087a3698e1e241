package th.tidtam.database.replica;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Around a {@link th.tidtam.database.ReplicaRead} method, outside its own transaction (if it has one): marks the call
 * as one that may read the replica; {@link PrimaryOrReplica} then decides, per read-only transaction, by the replica's
 * health. A call made within a transaction already running changes nothing — it joins that transaction, wherever it
 * reads — so a use case that wrote something and then shows it reads its own write.
 */
final class ReplicaReadInterceptor implements MethodInterceptor {

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        if (ReplicaScope.active() || TransactionSynchronizationManager.isActualTransactionActive()) {
            return invocation.proceed();
        }
        ReplicaScope.enter();
        try {
            return invocation.proceed();
        } finally {
            ReplicaScope.leave();
        }
    }
}
