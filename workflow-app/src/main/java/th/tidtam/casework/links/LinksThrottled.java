package th.tidtam.casework.links;
public class LinksThrottled extends RuntimeException { public long minutes() { return 10; } }
