package cn.statenforce.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code statenforce.demo-data.enabled}: load the demo bureaus, users and directory on an empty
 * database (true in the default embedded profile, false with {@code mysql}).
 * {@code statenforce.demo-data.password}: the password of every demo account.
 */
@ConfigurationProperties("statenforce.demo-data")
public record DemoDataProperties(@DefaultValue("false") boolean enabled, @DefaultValue("demo123456") String password) {
}
