package cn.statenforce.system;

import java.time.LocalDateTime;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ApiTokenMapper {

	void insert(@Param("jti") String jti, @Param("username") String username, @Param("issuedAt") LocalDateTime issuedAt,
			@Param("expiresAt") LocalDateTime expiresAt);

	/** 1 when the token was issued, is not revoked and has not expired. */
	int countActive(@Param("jti") String jti, @Param("now") LocalDateTime now);

	int revoke(@Param("jti") String jti, @Param("username") String username, @Param("now") LocalDateTime now);

	int revokeAll(@Param("username") String username, @Param("now") LocalDateTime now);

	int deleteExpired(@Param("before") LocalDateTime before);

}
