/**
 * Kiln's execution engine, shared by the session layer ({@code dev.kiln.session}) and the core
 * layer ({@code dev.kiln.Connection}): connection pooling, prepared-statement caching, each table's
 * rendered statements and the SQL echo. Public only so that those packages can reach it; not an
 * API, and it may change in any release.
 */
package dev.kiln.engine;
