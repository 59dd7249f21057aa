/** Integration tests against MariaDB 10.11 through MySQL Connector/J (the production driver). */
package cn.statenforce.it;
