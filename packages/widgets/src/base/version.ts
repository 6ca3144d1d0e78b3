/** This package's version; `define()` compares it when a tag is already taken (a test keeps it in step). */
export const VERSION = '0.1.0';
