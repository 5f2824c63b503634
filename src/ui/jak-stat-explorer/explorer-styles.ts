/** Every style sheet of `<jak-stat-explorer>`: the element's own, then its parts' (ATP-pocket close-up, dose-response plot). */
import { atpInsetStyles } from './templates/atp-inset.styles';
import { doseResponseStyles } from './templates/dose-response.styles';
import { styles } from './jak-stat-explorer.styles';

export const explorerStyles = [styles, atpInsetStyles, doseResponseStyles];
