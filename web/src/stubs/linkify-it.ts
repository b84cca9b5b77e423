// Stand-in for linkify-it (11 KB): markdown-it always constructs one, but we run it
// with `linkify: false`, so bare URLs are never auto-linked and this is never asked.
export class LinkifyIt {
  set(): this {
    return this;
  }
  tlds(): this {
    return this;
  }
  add(): this {
    return this;
  }
  test(): boolean {
    return false;
  }
  pretest(): boolean {
    return false;
  }
  match(): null {
    return null;
  }
  matchAtStart(): null {
    return null;
  }
}
export default LinkifyIt;
