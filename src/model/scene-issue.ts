/** One problem found in scene or drug data: where (`steps[3].title`) and why. */
export interface SceneIssue {
  readonly path: string;
  readonly message: string;
}
