package th.tidtam.orders.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import th.tidtam.orders.OrderStatus;

public interface ProvincialOrderRepository extends JpaRepository<ProvincialOrder, Long> {

    /** The order locked until the transaction ends: two signatures or an edit racing a signature queue here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from ProvincialOrder o where o.id = :id")
    Optional<ProvincialOrder> lockById(@Param("id") Long id);

    List<ProvincialOrder> findByProvinceIdInOrderByDraftedAtDescIdDesc(Collection<Long> provinces);

    /** Other orders setting up a body of the code that are not dead (disapproved, cancelled). */
    @Query("select count(o) from ProvincialOrder o where o.bodyCode = :code and o.id <> :orderId and o.status not in :dead")
    long countLiveWithBodyCode(@Param("code") String code, @Param("orderId") long orderId,
            @Param("dead") Collection<OrderStatus> dead);
}
