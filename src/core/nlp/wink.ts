/** One shared wink-nlp instance: loading the English model costs ~100 ms, so do it once. */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export const wink = winkNLP(model);
export const its = wink.its;
