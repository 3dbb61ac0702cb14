/** Site templates: per-site chrome learned across many pages, stored as mergeable profiles, removed by a filter. */
package io.textmend.sites;
