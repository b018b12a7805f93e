// Phones get the map first: panels start closed where the screen is this narrow (styles.css agrees).
export const narrowScreen = () => window.matchMedia('(max-width: 640px)').matches;
