// Error texts in the user's language. Apps Script's exception messages are localized into the
// language of the person running the script (PLATFORM §9 "Error messages are localized"; Apps Script
// ExecutionError), so a script must never detect an error by its English wording. With
// Emulator.load({ errorLanguage: "de" | "fr" }) the emulator throws its errors in that language.
// The German and French texts are this project's renderings, not Google's exact wording: the rule
// they test is only that the text is not English. A message without a rendering stays English.

/** Languages the emulator can throw errors in. */
export type ErrorLanguage = "en" | "de" | "fr";

type Rendering = (m: RegExpExecArray) => string;
type Entry = { readonly pattern: RegExp; readonly de: Rendering; readonly fr: Rendering };

const CATALOG: readonly Entry[] = [
  {
    pattern: /^A sheet with the name "(.*)" already exists\. Please enter another name\.$/s,
    de: (m) =>
      `Es ist bereits ein Tabellenblatt mit dem Namen „${m[1]}“ vorhanden. Geben Sie einen anderen Namen ein.`,
    fr: (m) => `Une feuille nommée « ${m[1]} » existe déjà. Veuillez saisir un autre nom.`,
  },
  {
    pattern:
      /^The number of (rows|columns) in the data does not match the number of \1 in the range\. The data has (\d+) but the range has (\d+)\.$/,
    de: (m) => {
      const w = m[1] === "rows" ? "Zeilen" : "Spalten";
      return `Die Anzahl der ${w} in den Daten stimmt nicht mit der Anzahl der ${w} im Bereich überein. Die Daten haben ${m[2]}, der Bereich hat jedoch ${m[3]}.`;
    },
    fr: (m) => {
      const w = m[1] === "rows" ? "lignes" : "colonnes";
      return `Le nombre de ${w} des données ne correspond pas au nombre de ${w} de la plage. Les données en comptent ${m[2]}, mais la plage en compte ${m[3]}.`;
    },
  },
  {
    pattern: /^Lock timeout: another process was holding the lock for too long\.$/,
    de: () => "Zeitüberschreitung der Sperre: Ein anderer Prozess hat die Sperre zu lange gehalten.",
    fr: () => "Délai de verrouillage dépassé : un autre processus a conservé le verrou trop longtemps.",
  },
  {
    pattern: /^You do not have permission to call (.+)$/,
    de: (m) => `Sie haben keine Berechtigung, ${m[1]} aufzurufen.`,
    fr: (m) => `Vous n'êtes pas autorisé à appeler ${m[1]}.`,
  },
  {
    pattern: /^Cannot call SpreadsheetApp\.getUi\(\) from this context\.$/,
    de: () => "SpreadsheetApp.getUi() kann in diesem Kontext nicht aufgerufen werden.",
    fr: () => "Impossible d'appeler SpreadsheetApp.getUi() dans ce contexte.",
  },
  {
    pattern: /^The parameters \((.*)\) don't match the method signature for (.+)\.$/,
    de: (m) => `Die Parameter (${m[1]}) stimmen nicht mit der Methodensignatur für ${m[2]} überein.`,
    fr: (m) => `Les paramètres (${m[1]}) ne correspondent pas à la signature de la méthode ${m[2]}.`,
  },
  {
    pattern: /^The coordinates of the range are outside the dimensions of the (sheet|range)\.$/,
    de: (m) =>
      `Die Koordinaten des Bereichs liegen außerhalb der Abmessungen des ${m[1] === "sheet" ? "Tabellenblatts" : "Bereichs"}.`,
    fr: (m) =>
      `Les coordonnées de la plage se trouvent en dehors des dimensions de la ${m[1] === "sheet" ? "feuille" : "plage"}.`,
  },
  {
    pattern: /^The starting (row|column) of the range is too small\.$/,
    de: (m) => `${m[1] === "row" ? "Die erste Zeile" : "Die erste Spalte"} des Bereichs ist zu klein.`,
    fr: (m) => `${m[1] === "row" ? "La première ligne" : "La première colonne"} de la plage est trop petite.`,
  },
  {
    pattern: /^The number of (rows|columns) in the range must be at least 1\.$/,
    de: (m) => `Die Anzahl der ${m[1] === "rows" ? "Zeilen" : "Spalten"} im Bereich muss mindestens 1 sein.`,
    fr: (m) =>
      `Le nombre de ${m[1] === "rows" ? "lignes" : "colonnes"} de la plage doit être au moins égal à 1.`,
  },
  {
    pattern: /^Range not found$/,
    de: () => "Bereich nicht gefunden",
    fr: () => "Plage introuvable",
  },
  {
    pattern: /^This sheet has been deleted\.$/,
    de: () => "Dieses Tabellenblatt wurde gelöscht.",
    fr: () => "Cette feuille a été supprimée.",
  },
  {
    pattern: /^Those (rows|columns) are out of bounds\.$/,
    de: (m) => `Diese ${m[1] === "rows" ? "Zeilen" : "Spalten"} liegen außerhalb des zulässigen Bereichs.`,
    fr: (m) => `Ces ${m[1] === "rows" ? "lignes" : "colonnes"} sont hors limites.`,
  },
  {
    pattern: /^We're sorry, a server error occurred while reading from storage\. Error code (\w+)\.$/,
    de: (m) => `Leider ist beim Lesen aus dem Speicher ein Serverfehler aufgetreten. Fehlercode ${m[1]}.`,
    fr: (m) =>
      `Désolé, une erreur de serveur s'est produite lors de la lecture de l'espace de stockage. Code d'erreur ${m[1]}.`,
  },
  {
    pattern: /^Your input contains more than the maximum of (\d+) characters in a single cell\.$/,
    de: (m) =>
      `Ihre Eingabe enthält mehr als die maximal zulässigen ${m[1]} Zeichen in einer einzelnen Zelle.`,
    fr: (m) => `Votre saisie dépasse la limite de ${m[1]} caractères autorisée dans une même cellule.`,
  },
  {
    pattern:
      /^This action would increase the number of (cells|sheets) in the workbook above the limit of (\d+) \1\.$/,
    de: (m) =>
      `Durch diese Aktion würde die Anzahl der ${m[1] === "cells" ? "Zellen" : "Tabellenblätter"} in der Arbeitsmappe das Limit von ${m[2]} überschreiten.`,
    fr: (m) =>
      `Cette action ferait passer le nombre de ${m[1] === "cells" ? "cellules" : "feuilles"} du classeur au-delà de la limite de ${m[2]}.`,
  },
  {
    pattern: /^Sorry, it is not possible to delete all non-frozen (rows|columns)\.$/,
    de: (m) =>
      `Es ist leider nicht möglich, alle nicht fixierten ${m[1] === "rows" ? "Zeilen" : "Spalten"} zu löschen.`,
    fr: (m) =>
      `Désolé, il est impossible de supprimer toutes les ${m[1] === "rows" ? "lignes" : "colonnes"} non figées.`,
  },
];

/** The message as a user with this language sees it (English when no rendering exists). */
export function localizeError(message: string, language: ErrorLanguage): string {
  if (language === "en") return message;
  for (const entry of CATALOG) {
    const m = entry.pattern.exec(message);
    if (m) return entry[language](m);
  }
  return message;
}
