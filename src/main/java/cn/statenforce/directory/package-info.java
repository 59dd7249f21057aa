/** 名录库: the directory of statistical survey units (enterprises) each bureau inspects. */
package cn.statenforce.directory;
