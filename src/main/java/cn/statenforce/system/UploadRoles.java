package cn.statenforce.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.statenforce.organization.Role;

/**
 * The roles that may send files to a controller method taking an upload. {@link UploadRules} checks them before the
 * upload is read (multipart requests are parsed lazily, when the method's arguments are resolved), so a user without
 * one of them is answered 403 before a byte of the upload is stored anywhere. The capability's service still makes
 * its own, finer check (its bureau, the record's state). Every upload endpoint carries it ({@code UploadRulesTest}).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface UploadRoles {

	Role[] value();

}
