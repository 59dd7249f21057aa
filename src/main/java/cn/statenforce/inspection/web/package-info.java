/** Pages, REST API and the public results page (一公开) of the inspection capability. */
package cn.statenforce.inspection.web;
