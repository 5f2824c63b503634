/** English. The scene and drug texts are the scene data itself. */
import { DESCRIBER_EN } from '../../model/describe-frame';
import { TREATMENT_EN } from '../../model/treatment-narration';
import type { Locale } from '../locale';
import { CHECKPOINTS_EN } from '../learning/checkpoints-en';
import { GLOSSARY_EN } from '../learning/glossary-en';
import { EN_UI } from './en-ui';

export const en: Locale = {
  code: 'en',
  name: 'English',
  ui: EN_UI,
  describer: DESCRIBER_EN,
  treatment: TREATMENT_EN,
  glossary: GLOSSARY_EN,
  checkpoints: CHECKPOINTS_EN,
};
