/** The coordination module's screens: the list, one request, a new request, the answer task and the partner's page. */
package th.tidtam.coordination.ui;
