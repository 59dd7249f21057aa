package cn.statenforce.organization;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Bureaus, users, roles and certificates. */
@Mapper
interface OrganizationMapper {

	List<Bureau> selectBureaus();

	Bureau selectBureauById(@Param("id") long id);

	Bureau selectBureauByRegionCode(@Param("regionCode") String regionCode);

	int insertBureau(@Param("b") BureauRow bureau);

	int updateBureau(@Param("id") long id, @Param("expectedVersion") int expectedVersion, @Param("name") String name,
			@Param("docPrefix") String docPrefix);

	int updateBureauTreePath(@Param("id") long id, @Param("treePath") String treePath);

	AppUser selectUserByUsername(@Param("username") String username);

	AppUser selectUserById(@Param("id") long id);

	List<AppUser> selectUsers(@Param("bureauIds") List<Long> bureauIds, @Param("role") String role,
			@Param("usernames") List<String> usernames, @Param("search") String search, @Param("offset") long offset,
			@Param("limit") int limit);

	long countUsers(@Param("bureauIds") List<Long> bureauIds, @Param("role") String role,
			@Param("usernames") List<String> usernames, @Param("search") String search);

	List<String> selectRoles(@Param("userId") long userId);

	List<UserRole> selectRolesOfUsers(@Param("userIds") List<Long> userIds);

	int insertUser(@Param("u") UserRow user);

	int updateUser(@Param("id") long id, @Param("expectedVersion") int expectedVersion,
			@Param("displayName") String displayName, @Param("phone") String phone, @Param("email") String email,
			@Param("enabled") boolean enabled);

	int deleteRoles(@Param("userId") long userId);

	int insertRole(@Param("userId") long userId, @Param("role") String role);

	int recordFailedLogin(@Param("username") String username, @Param("threshold") int threshold,
			@Param("lockUntil") LocalDateTime lockUntil);

	int resetFailedLogins(@Param("username") String username);

	Certificate selectCurrentCertificate(@Param("userId") long userId);

	List<Certificate> selectCertificatesOfUsers(@Param("userIds") List<Long> userIds);

	int insertCertificate(@Param("c") Certificate certificate);

	int updateUserProfile(@Param("id") long id, @Param("displayName") String displayName, @Param("phone") String phone,
			@Param("email") String email, @Param("enabled") boolean enabled);

	int updatePassword(@Param("id") long id, @Param("passwordHash") String passwordHash);

	List<Certificate> selectCertificatesOfUser(@Param("userId") long userId);

	long countCertificatesByNumber(@Param("certNumber") String certNumber);


	long countCertifiedInspectors(@Param("bureauIds") List<Long> bureauIds, @Param("date") java.time.LocalDate date);

	long countBureaus();

	/** Mutable insert parameter so the generated key can be read back. */
	class BureauRow {

		public Long id;

		public String regionCode;

		public String name;

		public String docPrefix;

		public String levelCode;

		public Long parentId;

		public LocalDateTime createdAt;

	}

	/** Mutable insert parameter so the generated key can be read back. */
	class UserRow {

		public Long id;

		public String username;

		public String displayName;

		public String passwordHash;

		public Long bureauId;

		public String phone;

		public String email;

		public LocalDateTime createdAt;

	}

	record UserRole(Long userId, String role) {
	}

}
