/** opencc-js ships its dictionaries as modules without types: each is one string, `traditional simplified…|…`. */
declare module 'opencc-js/dict/TSCharacters' {
  const dictionary: string;
  export default dictionary;
}
