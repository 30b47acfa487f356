const ROLE_NAMES = { student: "Student", teacher: "Teacher", admin: "Admin" } as const;

/** One account's role, as a plain form (works without JavaScript). */
export function RoleForm({
  userId,
  role,
  label,
}: {
  userId: string;
  role: keyof typeof ROLE_NAMES;
  label: string;
}) {
  const selectId = `role-${userId}`;
  return (
    <form
      method="post"
      action={`/admin/users/${encodeURIComponent(userId)}`}
      className="flex flex-wrap items-center gap-2"
    >
      <label htmlFor={selectId} className="sr-only">
        {label}
      </label>
      <select
        id={selectId}
        name="role"
        defaultValue={role}
        className="min-h-11 rounded-md border border-slate-300 bg-white px-3 text-base"
      >
        {Object.entries(ROLE_NAMES).map(([value, name]) => (
          <option key={value} value={value}>
            {name}
          </option>
        ))}
      </select>
      <button
        type="submit"
        aria-label={`Save ${label.charAt(0).toLowerCase()}${label.slice(1)}`}
        className="min-h-11 rounded-md border border-slate-300 px-4 font-medium text-slate-700 hover:bg-slate-100"
      >
        Save
      </button>
    </form>
  );
}
