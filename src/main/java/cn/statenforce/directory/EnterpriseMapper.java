package cn.statenforce.directory;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface EnterpriseMapper {

	Enterprise selectById(@Param("id") long id);

	Enterprise selectByCreditCode(@Param("bureauId") long bureauId, @Param("creditCode") String creditCode);

	List<Enterprise> selectByCreditCodes(@Param("bureauIds") List<Long> bureauIds,
			@Param("codes") java.util.Collection<String> codes);

	List<Enterprise> selectByIds(@Param("ids") java.util.Collection<Long> ids);

	void selectCreditCodes(@Param("bureauId") long bureauId, org.apache.ibatis.session.ResultHandler<String> handler);

	List<Enterprise> search(@Param("bureauIds") List<Long> bureauIds, @Param("q") String q,
			@Param("offset") long offset, @Param("limit") int limit);

	long count(@Param("bureauIds") List<Long> bureauIds, @Param("q") String q);

	List<Long> selectIdsByNameLike(@Param("bureauIds") List<Long> bureauIds, @Param("q") String q,
			@Param("limit") int limit);

	int insert(@Param("e") EnterpriseRow row);

	int update(@Param("e") EnterpriseRow row, @Param("expectedVersion") int expectedVersion);

	/** The unit's last inspection (名录库: 上次检查日期和结果). */
	int updateLastInspection(@Param("id") long id, @Param("on") LocalDate on, @Param("result") String result,
			@Param("now") LocalDateTime now);

	/** Mutable parameter so the generated key can be read back. */
	class EnterpriseRow {

		public Long id;

		public Long bureauId;

		public String creditCode;

		public String name;

		public String regionCode;

		public String industryCode;

		public String sizeClass;

		public String partyType;

		public String legalRepresentative;

		public String address;

		public String phone;

		public boolean onlineReporting;

		public String riskTags;

		public java.time.LocalDateTime now;

	}

}
