import { Link } from 'wouter';
import { displayName, type Member } from './member-types.ts';

interface Props {
  readonly members: readonly Member[];
  /** The per-row action (Remove for static segments, Exclude for dynamic ones), if any. */
  readonly action?: {
    readonly label: string;
    readonly run: (member: Member) => void;
    readonly busy: boolean;
  };
}

/** The members as a table: full name (a link to the contact) and email, with an action per row. */
export function MemberTable({ members, action }: Props) {
  return (
    <div className="table-wrap">
      <table className="member-table">
        <thead>
          <tr>
            <th scope="col">Full Name</th>
            <th scope="col">Email</th>
            {action !== undefined && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => {
            const nameId = `member-${member.id}-name`;
            return (
              <tr key={member.id}>
                <td>
                  <Link id={nameId} href={`/contacts/${encodeURIComponent(member.id)}`}>
                    {displayName(member)}
                  </Link>
                </td>
                <td>{member.emailaddress1 ?? ''}</td>
                {action !== undefined && (
                  <td>
                    <button
                      type="button"
                      aria-describedby={nameId}
                      disabled={action.busy}
                      onClick={() => {
                        action.run(member);
                      }}
                    >
                      {action.label}
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
