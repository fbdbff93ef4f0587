import { lazy, type ComponentType } from 'react';

/** MUI's theme (and with it MUI's styling engine), fetched with the first piece drawn with MUI. */
const loadCabinetTheme = () => import('./cabinet-theme');

/**
 * A module drawn with MUI, fetched together with the theme: for a popup's fetch ahead of its
 * first opening (`useLazyPopup`) and for `lazyThemed`. A second call costs nothing.
 */
export function withTheme<M>(load: () => Promise<M>): () => Promise<M> {
  return () => Promise.all([load(), loadCabinetTheme()]).then(([module]) => module);
}

/** A component drawn with MUI, in the cabinet's theme. */
export async function themedComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): Promise<ComponentType<P>> {
  const [Component, { CabinetTheme }] = await Promise.all([load(), loadCabinetTheme()]);
  return function Themed(props: P) {
    return (
      <CabinetTheme>
        <Component {...props} />
      </CabinetTheme>
    );
  };
}

/**
 * `React.lazy` for a page or popup drawn with MUI: its code and the theme arrive together and
 * it renders in the theme. The pages drawn without MUI (the sign-in page, the orders monitor)
 * so never load MUI's styling; the first MUI piece a visitor opens brings it.
 */
export function lazyThemed<M, P extends object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>) {
  return lazy(() => themedComponent(() => load().then(pick)).then((Component) => ({ default: Component })));
}
