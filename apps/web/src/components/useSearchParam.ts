import { useSearchParams } from 'react-router';

/** One parameter of the address's query, and a way to change it that replaces the address (no new history entry). */
export function useSearchParam(name: string): [string | null, (value: string) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const set = (value: string) =>
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        params.set(name, value);
        return params;
      },
      { replace: true },
    );
  return [searchParams.get(name), set];
}
