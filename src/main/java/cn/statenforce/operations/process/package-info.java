/** The operations capability's engine calls: incidents, their jobs and the retry. */
package cn.statenforce.operations.process;
