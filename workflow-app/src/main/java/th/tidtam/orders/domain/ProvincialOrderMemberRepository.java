package th.tidtam.orders.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProvincialOrderMemberRepository extends JpaRepository<ProvincialOrderMember, Long> {

    List<ProvincialOrderMember> findByOrderIdOrderByIdAsc(Long orderId);
}
