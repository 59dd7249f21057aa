/**
 * Camunda identity integration: the engine, its REST API and webapps read users and groups from the
 * domain tables, so there is one user list to maintain.
 */
package cn.statenforce.organization.identity;
