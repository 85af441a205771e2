package com.japanautoparts.kura.clickstream.service;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.clickstream.api.AffiliateDto;
import com.japanautoparts.kura.clickstream.api.AffiliateRequestDto;
import com.japanautoparts.kura.clickstream.api.StatementDto;
import com.japanautoparts.kura.clickstream.domain.Affiliate;
import com.japanautoparts.kura.common.problem.ProblemException;

/** Affiliates, their commission rates and their monthly statements (aggregates only, small cells merged). */
@ApplicationScoped
@Transactional
public class AffiliateService {

    public record Saved(AffiliateDto affiliate, boolean created) {
    }

    private static final String STATEMENT = """
            select currency, landing_path, sum(conversions), sum(sales), sum(commission) from (
              select currency, coalesce(landing_path, '') as landing_path, count(*) as conversions, sum(order_total) as sales,
                     sum(commission) as commission
                from click_event e where kind = 'CONVERSION' and affiliate_code = ? and occurred_at >= ? and occurred_at < ? and %s
               group by 1, 2
              union all
              select currency, landing_path, conversions, sales, commission from conversion_daily
               where affiliate_code = ? and day >= ? and day < ?
            ) s group by currency, landing_path order by currency, landing_path""".formatted(DailyRollUp.NOT_ROLLED_UP);

    private final DataSource dataSource;
    private final Clock clock;

    public AffiliateService(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AffiliateDto> list() {
        return Affiliate.<Affiliate>listAll().stream().sorted(Comparator.comparing(a -> a.code)).map(AffiliateService::toDto).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AffiliateDto> find(String code) {
        return Affiliate.<Affiliate>findByIdOptional(code).map(AffiliateService::toDto);
    }

    /** The affiliate a token's client id belongs to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AffiliateDto> findByClientId(String clientId) {
        return Affiliate.findByClientId(clientId).map(AffiliateService::toDto);
    }

    /** Creates or replaces an affiliate; a new rate applies to conversions from now on. */
    public Saved put(String code, AffiliateRequestDto request) {
        if (request.clientId() != null) {
            Optional<Affiliate> holder = Affiliate.findByClientId(request.clientId());
            if (holder.isPresent() && !holder.get().code.equals(code)) {
                throw ProblemException.conflict("Another affiliate already signs in with this client id");
            }
        }
        Optional<Affiliate> existing = Affiliate.findByIdOptional(code);
        Affiliate affiliate = existing.orElseGet(Affiliate::new);
        affiliate.code = code;
        affiliate.displayName = request.displayName().strip();
        affiliate.clientId = request.clientId();
        affiliate.commissionRate = request.commissionRate();
        affiliate.updatedAt = clock.instant();
        if (existing.isEmpty()) {
            affiliate.persist();
        }
        return new Saved(toDto(affiliate), existing.isEmpty());
    }

    /** The month's statement; empty if there is no such affiliate. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StatementDto> statement(String code, YearMonth month) {
        Optional<Affiliate> affiliate = Affiliate.findByIdOptional(code);
        if (affiliate.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<StatementDto.Cell>> cellsByCurrency = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(STATEMENT)) {
            query.setString(1, code);
            query.setObject(2, month.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC));
            query.setObject(3, month.plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC));
            query.setString(4, code);
            query.setObject(5, month.atDay(1));
            query.setObject(6, month.plusMonths(1).atDay(1));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    cellsByCurrency.computeIfAbsent(rs.getString(1), c -> new ArrayList<>()).add(new StatementDto.Cell(
                            rs.getString(2).isEmpty() ? StatementDto.OTHER : rs.getString(2), rs.getLong(3),
                            rs.getBigDecimal(4), rs.getBigDecimal(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a statement failed: SQL state " + e.getSQLState(), e);
        }
        List<StatementDto.Line> lines = cellsByCurrency.entrySet().stream().map(e -> line(e.getKey(), e.getValue())).toList();
        return Optional.of(new StatementDto(code, month.toString(), affiliate.get().commissionRate, lines));
    }

    /**
     * One currency's line. Fewer than {@link StatementDto#MIN_CELL} conversions: totals only. Otherwise
     * landing pages below the threshold are merged into "(other)", and if "(other)" is itself below it,
     * the smallest pages join it until it is not: no published cell describes fewer than five conversions.
     */
    public static StatementDto.Line line(String currency, List<StatementDto.Cell> cells) {
        long conversions = cells.stream().mapToLong(StatementDto.Cell::conversions).sum();
        BigDecimal sales = cells.stream().map(StatementDto.Cell::sales).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal commission = cells.stream().map(StatementDto.Cell::commission).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (conversions < StatementDto.MIN_CELL) {
            return new StatementDto.Line(currency, conversions, sales, commission, true, null, null);
        }
        List<StatementDto.Cell> shown = new ArrayList<>();
        List<StatementDto.Cell> other = new ArrayList<>();
        for (StatementDto.Cell cell : cells) {
            (cell.conversions() >= StatementDto.MIN_CELL && !cell.landingPath().equals(StatementDto.OTHER) ? shown : other).add(cell);
        }
        shown.sort(Comparator.comparingLong(StatementDto.Cell::conversions).thenComparing(StatementDto.Cell::landingPath));
        while (!other.isEmpty() && total(other) < StatementDto.MIN_CELL && !shown.isEmpty()) {
            other.add(shown.remove(0));
        }
        List<StatementDto.Cell> breakdown = new ArrayList<>(shown);
        breakdown.sort(Comparator.comparing(StatementDto.Cell::landingPath));
        if (!other.isEmpty()) {
            breakdown.add(new StatementDto.Cell(StatementDto.OTHER, total(other),
                    other.stream().map(StatementDto.Cell::sales).reduce(BigDecimal.ZERO, BigDecimal::add),
                    other.stream().map(StatementDto.Cell::commission).reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
        return new StatementDto.Line(currency, conversions, sales, commission, false, null, breakdown);
    }

    private static long total(List<StatementDto.Cell> cells) {
        return cells.stream().mapToLong(StatementDto.Cell::conversions).sum();
    }

    private static AffiliateDto toDto(Affiliate affiliate) {
        return new AffiliateDto(affiliate.code, affiliate.displayName, affiliate.clientId, affiliate.commissionRate);
    }
}
