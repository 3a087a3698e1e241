/** The screen {@code me/calendar}: my calendar address, made, shown once, renewed and revoked. */
package th.tidtam.feeds.ui;
